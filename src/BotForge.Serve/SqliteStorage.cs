using System.Globalization;
using System.Text.Json;
using BotForge.Deploy.Releases;
using Microsoft.Data.Sqlite;

namespace BotForge.Serve;

/// <summary>
/// The server's release store: one SQLite file. Versions are rows written in one transaction (a request cut
/// off midway leaves nothing); the live pointer is one row updated in place. Secrets arrive sealed (salt and
/// hash only: see <see cref="SecretHash"/>), so the database never holds a secret value.
/// </summary>
public sealed class SqliteStorage : IReleaseStorage
{
    private readonly string _connection;
    private readonly string _bot;
    private readonly string _business;

    private SqliteStorage(string connection, string business, string bot)
    {
        _connection = connection;
        _business = business;
        _bot = bot;
    }

    /// <summary>Creates the tables when the database is new.</summary>
    public static string Open(string dataDirectory)
    {
        var file = Path.Combine(dataDirectory, "platform.db");
        OwnerOnly(dataDirectory, file);
        var connection = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();
        using var db = new SqliteConnection(connection);
        db.Open();
        Execute(db, """
            pragma journal_mode = wal;
            create table if not exists versions (bot text not null, env text not null, number integer not null, content_hash text not null, info text not null, detail text not null, primary key (bot, env, number));
            create table if not exists live (bot text not null, env text not null, number integer not null, primary key (bot, env));
            create table if not exists history (seq integer primary key autoincrement, bot text not null, env text not null, entry text not null);
            create table if not exists business (business text not null, env text not null, settings text not null, primary key (business, env));
            create table if not exists locks (bot text not null, env text not null, owner text not null, expires text not null, primary key (bot, env));
            """);
        return connection;
    }

    /// <summary>
    /// The database holds every version's sources and env values: its folder, when serve makes it, is the owner's
    /// alone (0700), and the database file is created (or, being serve's own, set) readable by the owner only (0600);
    /// SQLite gives its -wal and -shm files the database's mode.
    /// </summary>
    private static void OwnerOnly(string folder, string file)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }

        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        const UnixFileMode ReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        if (!File.Exists(file))
        {
            using var created = new FileStream(file, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = ReadWrite });
        }

        foreach (var own in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
        {
            File.SetUnixFileMode(own, ReadWrite);
        }
    }

    public static SqliteStorage For(string connection, string partner, string business, string bot) =>
        new(connection, partner + "/" + business, partner + "/" + business + "/" + bot);

    public int? ReadLive(string env) =>
        Scalar("select number from live where bot = $bot and env = $env", env) is long n ? (int)n : null;

    public void WriteLive(string env, int version) =>
        Run("insert into live (bot, env, number) values ($bot, $env, $n) on conflict (bot, env) do update set number = excluded.number", env, ("$n", version));

    public IReadOnlyList<VersionInfo> ListVersions(string env) =>
        Query("select info from versions where bot = $bot and env = $env order by number", env).Select(i => JsonSerializer.Deserialize<VersionInfo>(i, Contract.Json)!).ToList();

    public VersionDetail? ReadVersion(string env, int version) =>
        Query("select detail from versions where bot = $bot and env = $env and number = $n", env, ("$n", version)).Select(Detail).FirstOrDefault();

    public int CreateVersion(string env, VersionUpload upload, DateTimeOffset at)
    {
        using var db = Connect();
        using var transaction = db.BeginTransaction();
        var number = (int)(long)Command(db, "select coalesce(max(number), 0) + 1 from versions where bot = $bot and env = $env", env).ExecuteScalar()!;
        var detail = new VersionDetail(new VersionInfo(number, upload.ContentHash, at, upload.CreatedBy, upload.Message), upload.Bundle, upload.Sources, upload.Env);
        Command(db, "insert into versions (bot, env, number, content_hash, info, detail) values ($bot, $env, $n, $hash, $info, $detail)", env,
            ("$n", number), ("$hash", upload.ContentHash), ("$info", JsonSerializer.Serialize(detail.Info, Contract.Line)), ("$detail", JsonSerializer.Serialize(detail, Contract.Line))).ExecuteNonQuery();
        transaction.Commit();
        return number;
    }

    public IReadOnlyList<HistoryEntry> ReadHistory(string env) =>
        Query("select entry from history where bot = $bot and env = $env order by seq", env).Select(e => JsonSerializer.Deserialize<HistoryEntry>(e, Contract.Json)!).ToList();

    public void AppendHistory(string env, HistoryEntry entry) =>
        Run("insert into history (bot, env, entry) values ($bot, $env, $entry)", env, ("$entry", JsonSerializer.Serialize(entry, Contract.Line)));

    public string? ReadBusiness(string env) =>
        Scalar("select settings from business where business = $business and env = $env", env) as string;

    public void WriteBusiness(string env, string settings) =>
        Run("insert into business (business, env, settings) values ($business, $env, $s) on conflict (business, env) do update set settings = excluded.settings", env, ("$s", settings));

    /// <summary>Takes the release lock for <paramref name="owner"/> (again, if it holds it); false when someone else holds a lock that has not expired.</summary>
    public bool TryLock(string env, string owner, DateTimeOffset now, TimeSpan lease, out (string Owner, DateTimeOffset Expires) held)
    {
        using var db = Connect();
        using var transaction = db.BeginTransaction();
        using var reader = Command(db, "select owner, expires from locks where bot = $bot and env = $env", env).ExecuteReader();
        held = default;
        if (reader.Read() && reader.GetString(0) != owner && DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture) is var expires && expires > now)
        {
            held = (reader.GetString(0), expires);
            return false;
        }

        reader.Close();
        Command(db, "insert into locks (bot, env, owner, expires) values ($bot, $env, $owner, $expires) on conflict (bot, env) do update set owner = excluded.owner, expires = excluded.expires", env,
            ("$owner", owner), ("$expires", (now + lease).ToString("O", CultureInfo.InvariantCulture))).ExecuteNonQuery();
        transaction.Commit();
        return true;
    }

    /// <summary>Removes the lock whoever holds it; the holder it had (null: none).</summary>
    public string? ForceUnlock(string env)
    {
        using var db = Connect();
        using var transaction = db.BeginTransaction();
        var holder = Command(db, "select owner from locks where bot = $bot and env = $env", env).ExecuteScalar() as string;
        Command(db, "delete from locks where bot = $bot and env = $env", env).ExecuteNonQuery();
        transaction.Commit();
        return holder;
    }

    public void Unlock(string env, string owner) => Run("delete from locks where bot = $bot and env = $env and owner = $owner", env, ("$owner", owner));

    private static VersionDetail Detail(string json) => JsonSerializer.Deserialize<VersionDetail>(json, Contract.Json)!;

    private SqliteConnection Connect()
    {
        var db = new SqliteConnection(_connection);
        db.Open();
        return db;
    }

    private SqliteCommand Command(SqliteConnection db, string sql, string env, params (string Name, object Value)[] parameters)
    {
        var command = db.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$bot", _bot);
        command.Parameters.AddWithValue("$business", _business);
        command.Parameters.AddWithValue("$env", env);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private object? Scalar(string sql, string env, params (string, object)[] parameters)
    {
        using var db = Connect();
        using var command = Command(db, sql, env, parameters);
        return command.ExecuteScalar();
    }

    private void Run(string sql, string env, params (string, object)[] parameters)
    {
        using var db = Connect();
        using var command = Command(db, sql, env, parameters);
        command.ExecuteNonQuery();
    }

    private List<string> Query(string sql, string env, params (string, object)[] parameters)
    {
        using var db = Connect();
        using var command = Command(db, sql, env, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private static void Execute(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
