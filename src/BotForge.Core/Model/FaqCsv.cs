namespace BotForge.Model;

/// <summary>How faq.csv, the platform's bulk-import file for FAQ nodes, carries text: the emitter writes it so, BF2018 warns of what that changes.</summary>
public static class FaqCsv
{
    /// <summary>Joins an answer's messages in one field.</summary>
    public const string MessageSeparator = "<m>";

    /// <summary>Joins an FAQ's questions (its user says) in one field: the import takes one row per FAQ node.</summary>
    public const string QuestionSeparator = "|";

    /// <summary>Joins the quick replies in one field.</summary>
    public const string QuickReplySeparator = "|";

    /// <summary>A field a spreadsheet would run as a formula: faq.csv writes it with an apostrophe first.</summary>
    public static bool StartsLikeFormula(string field) => field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
}
