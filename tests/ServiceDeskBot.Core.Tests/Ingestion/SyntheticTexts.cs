using System.Text;

namespace ServiceDeskBot.Core.Tests.Ingestion;

/// <summary>Made-up texts that push the splitter to its edges; none of them comes from the evaluation set.</summary>
internal static class SyntheticTexts
{
    private const string Alphabet = "窗口受理材料核验登记证照办结回访档案社保医保公积金户籍";

    public static readonly string[] Names = ["unpunctuated", "short-sentences", "long-comma-sentence"];

    public static string Get(string name) => name switch
    {
        "unpunctuated" => Unpunctuated(2000),
        "short-sentences" => ShortSentences(150),
        "long-comma-sentence" => LongCommaSentence(80),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown synthetic text."),
    };

    // One line of Chinese characters with no punctuation at all, so only a hard cut can split it.
    public static string Unpunctuated(int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(Alphabet[(i * 7) % Alphabet.Length]);
        }

        return text.ToString();
    }

    public static string ShortSentences(int count)
    {
        var text = new StringBuilder();
        for (var i = 1; i <= count; i++)
        {
            text.Append('第').Append(i).Append("项材料已核验。");
        }

        return text.ToString();
    }

    // A single sentence whose only breaks are commas and enumeration marks.
    public static string LongCommaSentence(int clauses)
    {
        var text = new StringBuilder("群众到窗口办理业务时");
        for (var i = 1; i <= clauses; i++)
        {
            text.Append(i % 3 == 0 ? '、' : ',').Append("工作人员第").Append(i).Append("次核对申请材料");
        }

        return text.Append('。').ToString();
    }
}
