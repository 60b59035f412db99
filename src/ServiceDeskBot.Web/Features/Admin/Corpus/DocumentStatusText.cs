namespace ServiceDeskBot.Web.Features.Admin.Corpus;

/// <summary>The Chinese label admins read for a document status (<c>CorpusLibrary.StatusOf</c>).</summary>
internal static class DocumentStatusText
{
    public static string Label(string status) => status switch
    {
        "active" => "有效",
        "disabled" => "已停用",
        "review" => "待审核（暂不引用）",
        "pending" => "尚未生效",
        "expired" => "已失效",
        "superseded" => "已被代替",
        _ => status,
    };
}
