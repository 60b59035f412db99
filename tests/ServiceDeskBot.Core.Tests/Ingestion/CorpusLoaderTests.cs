using System.Text;
using ServiceDeskBot.Core.Ingestion;

namespace ServiceDeskBot.Core.Tests.Ingestion;

public sealed class CorpusLoaderTests
{
    private const string Hours = "政务服务大厅工作日上午九点至下午五点办公,周六上午提供延时服务,法定节假日休息。";
    private const string Materials = "办理不动产登记需提交申请书、权属来源证明和身份证明,材料齐全的当场受理。";

    [Fact]
    public void Load_reads_txt_and_md_files_and_ignores_other_extensions()
    {
        using var folder = new TempDirectory();
        folder.Write("hours.txt", Hours);
        folder.Write("materials.md", Materials);
        folder.Write("notes.json", "{\"note\":\"不应被读取\"}");
        folder.Write("draft.txt.bak", Hours);
        folder.Write("README", Materials);

        var corpus = CorpusLoader.Load(folder.Path);

        Assert.Equal(["hours.txt", "materials.md"], corpus.Documents.Select(d => d.Source));
        Assert.Equal(["hours.txt", "materials.md"], corpus.Passages.Select(p => p.Source).Distinct());
    }

    [Fact]
    public void ListDocuments_orders_files_by_ordinal_name()
    {
        using var folder = new TempDirectory();
        foreach (var name in new[] { "b.txt", "a.md", "10.txt", "2.txt", "B.txt" })
        {
            folder.Write(name, Hours);
        }

        var files = CorpusLoader.ListDocuments(folder.Path);

        Assert.Equal(["10.txt", "2.txt", "B.txt", "a.md", "b.txt"], files.Select(Path.GetFileName));
    }

    [Fact]
    public void Load_gives_the_same_hash_when_nothing_changed()
    {
        using var folder = new TempDirectory();
        folder.Write("hours.txt", Hours);
        folder.Write("materials.md", Materials);
        var before = CorpusLoader.Load(folder.Path).ContentHash;

        folder.Write("hours.txt", Hours);
        var after = CorpusLoader.Load(folder.Path).ContentHash;

        Assert.Equal(before, after);
    }

    [Fact]
    public void Load_changes_the_hash_when_a_file_changes_by_one_character()
    {
        using var folder = new TempDirectory();
        folder.Write("hours.txt", Hours);
        folder.Write("materials.md", Materials);
        var before = CorpusLoader.Load(folder.Path).ContentHash;

        folder.Write("hours.txt", Hours.Replace("五点", "六点", StringComparison.Ordinal));
        var after = CorpusLoader.Load(folder.Path).ContentHash;

        Assert.NotEqual(before, after);
    }

    [Fact]
    public void Load_changes_the_hash_when_a_document_is_added()
    {
        using var folder = new TempDirectory();
        folder.Write("hours.txt", Hours);
        var before = CorpusLoader.Load(folder.Path).ContentHash;

        folder.Write("materials.md", Materials);
        var after = CorpusLoader.Load(folder.Path).ContentHash;

        Assert.NotEqual(before, after);
    }

    [Fact]
    public void Load_keeps_the_hash_when_a_file_it_ignores_is_added()
    {
        using var folder = new TempDirectory();
        folder.Write("hours.txt", Hours);
        var before = CorpusLoader.Load(folder.Path).ContentHash;

        folder.Write("notes.json", "{}");
        var after = CorpusLoader.Load(folder.Path).ContentHash;

        Assert.Equal(before, after);
    }

    [Fact]
    public void Load_changes_the_hash_when_a_document_is_renamed()
    {
        using var folder = new TempDirectory();
        var file = folder.Write("hours.txt", Hours);
        var before = CorpusLoader.Load(folder.Path).ContentHash;

        File.Move(file, Path.Combine(folder.Path, "opening-hours.txt"));
        var after = CorpusLoader.Load(folder.Path).ContentHash;

        Assert.NotEqual(before, after);
    }

    [Fact]
    public void Load_of_the_seeds_twice_gives_the_same_passage_ids_and_hash()
    {
        var first = CorpusLoader.Load(SeedArticles.Folder);

        var second = CorpusLoader.Load(SeedArticles.Folder);

        Assert.Equal(first.Passages.Select(p => p.Id), second.Passages.Select(p => p.Id));
        Assert.Equal(first.ContentHash, second.ContentHash);
    }

    [Fact]
    public void Load_of_the_seeds_gives_ids_distinct_across_the_corpus()
    {
        var corpus = CorpusLoader.Load(SeedArticles.Folder);

        var ids = corpus.Passages.Select(p => p.Id).ToList();

        Assert.Equal(5, corpus.Documents.Count);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Load_of_the_seeds_numbers_passages_per_document()
    {
        var corpus = CorpusLoader.Load(SeedArticles.Folder);

        var ordinals = corpus.Passages.GroupBy(p => p.Source).ToList();

        Assert.Equal(5, ordinals.Count);
        Assert.All(ordinals, g => Assert.Equal(Enumerable.Range(0, g.Count()), g.Select(p => p.Ordinal)));
    }

    [Fact]
    public void Load_matches_document_extensions_in_any_case()
    {
        using var folder = new TempDirectory();
        folder.Write("HOURS.TXT", Hours);
        folder.Write("Materials.Md", Materials);

        var corpus = CorpusLoader.Load(folder.Path);

        Assert.Equal(["HOURS.TXT", "Materials.Md"], corpus.Documents.Select(d => d.Source));
    }

    [Fact]
    public void Load_does_not_let_a_UTF8_byte_order_mark_into_the_text()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(Path.Combine(folder.Path, "hours.txt"), Hours, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var corpus = CorpusLoader.Load(folder.Path);

        Assert.Equal(Hours, Assert.Single(corpus.Documents).Text);
    }

    [Fact]
    public void Load_changes_the_hash_when_the_passage_limit_changes()
    {
        using var folder = new TempDirectory();
        folder.Write("hours.txt", Hours);

        var atDefault = CorpusLoader.Load(folder.Path).ContentHash;
        var atSmallerLimit = CorpusLoader.Load(folder.Path, maxPassageChars: 120).ContentHash;

        Assert.NotEqual(atDefault, atSmallerLimit);
    }
}
