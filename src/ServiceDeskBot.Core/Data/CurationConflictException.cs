namespace ServiceDeskBot.Core.Data;

/// <summary>An admin saved a change based on an outdated copy of an item; someone else saved in between.</summary>
public sealed class CurationConflictException : Exception
{
    public CurationConflictException()
        : this("该内容已被其他人修改，请刷新页面后重新编辑。")
    {
    }

    public CurationConflictException(string message)
        : base(message)
    {
    }

    public CurationConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
