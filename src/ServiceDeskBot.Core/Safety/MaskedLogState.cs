using System.Collections;
using System.Globalization;

namespace ServiceDeskBot.Core.Safety;

/// <summary>
/// A log message's state with personal data masked: the structured values a provider reads (strings, and numbers such
/// as a phone number logged as a long) and the text it writes. The message template itself is kept as is.
/// </summary>
internal sealed class MaskedLogState<TState>(TState state, Func<TState, Exception?, string>? formatter, PiiMasker masker)
    : IReadOnlyList<KeyValuePair<string, object?>>
{
    private const string OriginalFormat = "{OriginalFormat}";

    private KeyValuePair<string, object?>[]? _values;

    public int Count => Values.Length;

    public KeyValuePair<string, object?> this[int index] => Values[index];

    private KeyValuePair<string, object?>[] Values => _values ??= Mask();

    public string Format(Exception? exception) =>
        masker.Mask(formatter is null ? state?.ToString() : formatter(state, exception));

    public override string ToString() => Format(null);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)Values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private KeyValuePair<string, object?>[] Mask() =>
        state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? [.. pairs.Select(p => p.Key == OriginalFormat ? p : new KeyValuePair<string, object?>(p.Key, MaskValue(p.Value)))]
            : [];

    private object? MaskValue(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case string text:
                return masker.Mask(text);
            case IFormattable or IConvertible:
                var written = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
                var masked = masker.Mask(written);
                return masked == written ? value : masked;
            default:
                return value;
        }
    }
}
