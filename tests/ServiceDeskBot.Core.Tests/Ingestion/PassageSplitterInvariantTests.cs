using ServiceDeskBot.Core.Ingestion;

namespace ServiceDeskBot.Core.Tests.Ingestion;

/// <summary>Properties every split must have, checked on the seeds and on synthetic edge cases at two limits.</summary>
public sealed class PassageSplitterInvariantTests
{
    public static TheoryData<string, int> Cases
    {
        get
        {
            var cases = new TheoryData<string, int>();
            foreach (var name in SeedArticles.Prefixes.Concat(SyntheticTexts.Names))
            {
                cases.Add(name, PassageSplitter.DefaultMaxChars);
                cases.Add(name, 120);
            }

            return cases;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Split_keeps_every_passage_within_the_limit(string name, int maxChars)
    {
        var (_, passages) = Split(name, maxChars);

        var tooLong = passages.Where(p => p.Text.Length > maxChars).Select(p => (p.Ordinal, p.Text.Length));

        Assert.Empty(tooLong);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Split_ranges_are_contiguous_and_cover_the_whole_text(string name, int maxChars)
    {
        var (document, passages) = Split(name, maxChars);

        Assert.NotEmpty(passages);
        Assert.Equal(0, passages[0].Start);
        Assert.Equal(document.Text.Length, passages[^1].End);
        for (var i = 1; i < passages.Count; i++)
        {
            Assert.Equal(passages[i - 1].End, passages[i].Start);
        }

        Assert.All(passages, p => Assert.True(p.Start < p.End, $"Passage {p.Ordinal} has an empty range."));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Split_passage_text_is_the_trimmed_substring_of_its_range(string name, int maxChars)
    {
        var (document, passages) = Split(name, maxChars);

        Assert.All(passages, p => Assert.Equal(document.Text[p.Start..p.End].Trim(), p.Text));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Split_puts_every_non_whitespace_character_in_exactly_one_passage(string name, int maxChars)
    {
        var (document, passages) = Split(name, maxChars);

        var inPassages = string.Concat(passages.Select(p => WithoutWhitespace(p.Text)));

        Assert.Equal(WithoutWhitespace(document.Text), inPassages);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Split_numbers_passages_from_zero_in_document_order(string name, int maxChars)
    {
        var (_, passages) = Split(name, maxChars);

        Assert.Equal(Enumerable.Range(0, passages.Count), passages.Select(p => p.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Split_gives_distinct_ids(string name, int maxChars)
    {
        var (_, passages) = Split(name, maxChars);

        Assert.Equal(passages.Count, passages.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Split_passages_carry_the_document_source_and_title(string name, int maxChars)
    {
        var (document, passages) = Split(name, maxChars);

        Assert.All(passages, p =>
        {
            Assert.Equal(document.Source, p.Source);
            Assert.Equal(document.Title, p.Title);
        });
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Split_gives_the_same_ids_when_run_twice(string name, int maxChars)
    {
        var (document, first) = Split(name, maxChars);

        var second = new PassageSplitter(maxChars).Split(document);

        Assert.Equal(first.Select(p => p.Id), second.Select(p => p.Id));
    }

    private static (CleanedDocument Document, IReadOnlyList<Passage> Passages) Split(string name, int maxChars)
    {
        var document = SyntheticTexts.Names.Contains(name)
            ? TextCleaner.Clean(name + ".txt", SyntheticTexts.Get(name))
            : SeedArticles.Clean(name);
        return (document, new PassageSplitter(maxChars).Split(document));
    }

    private static string WithoutWhitespace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
