namespace ServiceDeskBot.Core.Ingestion.Screening;

/// <summary>Values of <see cref="ReviewFlag.Kind"/>, with the Chinese labels admins read.</summary>
public static class ReviewFlagKinds
{
    /// <summary>Text that reads like instructions to the bot (prompt injection): "忽略以上指令", "你现在是…", "system:".</summary>
    public const string Instruction = "instruction";

    /// <summary>Text that asks citizens to send ID-card or bank-card numbers, passwords or codes somewhere.</summary>
    public const string PersonalData = "personal_data";

    /// <summary>A word of the admins' sensitive-word list.</summary>
    public const string SensitiveWord = "sensitive_word";

    public static string Label(string kind) => kind switch
    {
        Instruction => "疑似对机器人的指令",
        PersonalData => "索要个人敏感信息",
        SensitiveWord => "敏感词",
        _ => kind,
    };
}
