using ServiceDeskBot.Core.Llm;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// Numbered short forms, the way Chinese policy writing names a programme by the character its parts share and how many
/// they are: "三名" for 名校、名院、名所, "三农" for 农业、农村、农民. A question saying the short form is answered by a
/// text that spells the parts out, which shares no character pair with it.
/// </summary>
public static class NumberedShortForms
{
    /// <summary>
    /// Whether <paramref name="word"/> is a numeral and one character ("三名") and <paramref name="text"/> holds, with no
    /// punctuation between, as many parts of at most three characters each beginning with that character as the numeral
    /// says ("“名校名院名所”").
    /// </summary>
    public static bool Spells(string word, string text)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(text);
        if (word.Length != 2 || ChineseNumerals.TryParse(word[..1]) is not (>= 2 and <= MaxParts and var count) || !IsHan(word[1]))
        {
            return false;
        }

        var parts = (int)count;
        var shared = word[1];
        var streak = 0;
        var last = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsHan(c))
            {
                streak = 0;
                continue;
            }

            if (c != shared)
            {
                continue;
            }

            // The parts of one label stand next to one another, each a few characters long: 名校名院名所, not a sentence
            // that happens to say 新 three times.
            streak = streak > 0 && i - last <= MaxPartLength ? streak + 1 : 1;
            last = i;
            if (streak >= parts)
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxPartLength = 3;

    // 两名 to 六名: longer numbered short forms are not written.
    private const int MaxParts = 6;

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';
}
