namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// Which kinds of fact a text of the quote choice holds (<see cref="AnswerKinds.IsPresent"/>), each found the first time
/// a question asks for it and kept with the text: the quote candidates of a passage are read once per index generation,
/// and every turn reaching the passage asks the same of them.
/// </summary>
internal sealed class KindPresence(string text)
{
    private const byte Unknown = 0;
    private const byte Absent = 1;
    private const byte Present = 2;

    private static readonly int KindCount = Enum.GetValues<AnswerKind>().Length;

    // One entry per kind. Turns reading the same candidate at once may both run the check; they write the same value.
    private readonly byte[] _held = new byte[KindCount];

    /// <summary>Whether the text holds a fact of <paramref name="kind"/>; always true for <see cref="AnswerKind.Any"/>.</summary>
    public bool Holds(AnswerKind kind)
    {
        var known = Volatile.Read(ref _held[(int)kind]);
        if (known != Unknown)
        {
            return known == Present;
        }

        var holds = AnswerKinds.IsPresent(kind, text);
        Volatile.Write(ref _held[(int)kind], holds ? Present : Absent);
        return holds;
    }
}
