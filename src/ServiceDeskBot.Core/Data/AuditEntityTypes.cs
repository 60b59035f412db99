namespace ServiceDeskBot.Core.Data;

/// <summary>Values of <see cref="AuditEntry.EntityType"/>.</summary>
public static class AuditEntityTypes
{
    public const string CuratedAnswer = "curated_answer";
    public const string Template = "template";
    public const string Document = "document";
    public const string WordList = "word_list";
    public const string ReviewItems = "review";
    public const string ApiKey = "api_key";
    public const string StaffUser = "staff_user";
    public const string HandoffTicket = "handoff_ticket";
    public const string AskLog = "ask_log";
    public const string Conversations = "conversations";
    public const string SearchIndex = "search_index";
    public const string StaffCorrection = "staff_correction";
    public const string Database = "database";
}
