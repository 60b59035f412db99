using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ServiceDeskBot.Core.Data;

/// <summary>
/// One column a batch of ask-log rows fills: its name as the provider quotes it, its store type, and the value of an
/// entry as the provider stores it (through the model's value converter: the answer mode as text, and on SQLite the
/// time as ticks and the passage lists as JSON).
/// </summary>
public sealed class AskLogColumn(string name, string storeType, IClrPropertyGetter getter, ValueConverter? converter)
{
    /// <summary>The column name, delimited for the provider's SQL.</summary>
    public string Name { get; } = name;

    /// <summary>The column's store type as the model gives it, e.g. <c>character varying(2000)</c> or <c>text[]</c>.</summary>
    public string StoreType { get; } = storeType;

    /// <summary>The provider value of this column for <paramref name="entry"/>; null for SQL NULL.</summary>
    public object? ValueOf(AskLogEntry entry)
    {
        var value = getter.GetClrValueUsingContainingEntity(entry);
        return value is null || converter is null ? value : converter.ConvertToProvider(value);
    }
}
