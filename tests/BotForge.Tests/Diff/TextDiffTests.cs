using BotForge.Diff;

namespace BotForge.Tests.Diff;

public sealed class TextDiffTests
{
    [Theory]
    [InlineData("Let me raise a ticket.", "Let me open a ticket.", "Let me [-raise-]{+open+} a ticket.")]
    [InlineData("a b", "c d", "[-a b-]{+c d+}")]
    [InlineData("same", "same", "same")]
    [InlineData("", "new text", "{+new text+}")]
    [InlineData("hello", "hello world", "hello{+ world+}")]
    [InlineData("Sorry, I didn't get that.", "Sorry, I did not understand.", "Sorry, I [-didn't get that-]{+did not understand+}.")]
    // A placeholder is one token (met diffing a clinic bot: "[-that -]{+${output.+}slot{+}+}").
    [InlineData("Sorry, that slot is taken.", "Sorry, ${output.slot} is taken.", "Sorry, [-that slot-]{+${output.slot}+} is taken.")]
    [InlineData("Hi ${entity.name}!", "Hi ${entity.person_name}!", "Hi [-${entity.name}-]{+${entity.person_name}+}!")]
    // Japanese and Chinese put no space between words: a character at a time (met diffing a hotel bot in Japanese,
    // where a changed verb showed the whole sentence replaced).
    [InlineData("予約をキャンセルしました。", "予約を取り消しました。", "予約を[-キャンセル-]{+取り消+}しました。")]
    [InlineData("您的订单已取消", "您的预订已取消", "您的[-订单-]{+预订+}已取消")]
    [InlineData("SK123456を確認しました", "SK654321を確認しました", "[-SK123456-]{+SK654321+}を確認しました")]
    // Korean writes its particles against a number or a code: the Korean letters apart (met diffing a courier bot).
    [InlineData("요금은 3500원부터예요.", "요금은 4000원부터예요.", "요금은 [-3500-]{+4000+}원부터예요.")]
    [InlineData("택배가 도착했어요", "택배가 출발했어요", "택배가 [-도착했어요-]{+출발했어요+}")]
    public void Words_show_only_what_changed(string old, string @new, string expected)
    {
        var shown = string.Concat(TextDiff.Words(old, @new).Select(s => s.Kind switch
        {
            SegmentKind.Deleted => "[-" + s.Text + "-]",
            SegmentKind.Inserted => "{+" + s.Text + "+}",
            _ => s.Text,
        }));

        Assert.Equal(expected, shown);
    }

    [Fact]
    public void Lines_put_deletions_before_insertions()
    {
        var lines = TextDiff.Lines("a\nb\nc", "a\nx\ny\nc");

        Assert.Equal(["=a", "-b", "+x", "+y", "=c"], lines.Select(l => (l.Kind == SegmentKind.Same ? "=" : l.Kind == SegmentKind.Deleted ? "-" : "+") + l.Text));
    }

    [Fact]
    public void A_huge_rewrite_is_one_replacement_not_a_quadratic_table()
    {
        var old = string.Join("\n", Enumerable.Range(0, 5000).Select(i => "old line " + i));
        var @new = string.Join("\n", Enumerable.Range(0, 5000).Select(i => "new line " + i));

        var lines = TextDiff.Lines(old, @new);

        // 25 million cells would be needed; above the bound every old line is deleted and every new one inserted.
        Assert.Equal(5000, lines.Count(l => l.Kind == SegmentKind.Deleted));
        Assert.Equal(5000, lines.Count(l => l.Kind == SegmentKind.Inserted));
    }
}
