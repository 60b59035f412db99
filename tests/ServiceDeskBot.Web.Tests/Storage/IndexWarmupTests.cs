using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Retrieval;
using ServiceDeskBot.Core.Storage;
using ServiceDeskBot.Core.Tests.Storage;

namespace ServiceDeskBot.Web.Tests.Storage;

/// <summary>A node whose database fails for a moment while it loads its index at start-up.</summary>
public sealed class IndexWarmupTests
{
    [Fact]
    public async Task A_database_timeout_while_the_index_loads_is_retried_and_the_node_becomes_ready()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var corpus = new FailingFirstRead();

        using var node = new StorageNode(database, services: s =>
        {
            s.AddSingleton<DatabaseCorpus>();
            s.AddSingleton<ICorpusSource>(sp => corpus.Over(sp.GetRequiredService<DatabaseCorpus>()));
        });
        await node.WaitHealthyAsync();

        Assert.Equal(1, corpus.Failures);
        Assert.NotNull(node.Services.GetRequiredService<PassageIndexLoader>().CorpusVersion);
    }

    /// <summary>The database corpus, whose first read fails the way EF Core reports a provider's read timeout.</summary>
    private sealed class FailingFirstRead
    {
        private int _reads;

        public int Failures { get; private set; }

        public ICorpusSource Over(ICorpusSource inner) => new Source(this, inner);

        private sealed class Source(FailingFirstRead owner, ICorpusSource inner) : ICorpusSource
        {
            public Task<CorpusSnapshot> ReadAsync(CancellationToken cancellationToken)
            {
                if (Interlocked.Increment(ref owner._reads) == 1)
                {
                    owner.Failures++;
                    throw new InvalidOperationException(
                        "An exception has been raised that is likely due to a transient failure.", new TimeoutException("Timeout during reading attempt"));
                }

                return inner.ReadAsync(cancellationToken);
            }
        }
    }
}
