namespace ServiceDeskBot.Core.Safety;

/// <summary>Why <see cref="InputText"/> refused a text.</summary>
public enum InputTextProblem
{
    /// <summary>The text is acceptable.</summary>
    None,

    /// <summary>Nothing but whitespace and control characters.</summary>
    Empty,

    /// <summary>Longer than the limit once cleaned.</summary>
    TooLong,

    /// <summary>A lone surrogate or a NUL character: not text, and never stored.</summary>
    InvalidCharacters,
}
