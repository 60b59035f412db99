using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Retrieval;
using ServiceDeskBot.Core.Retrieval.Dense;
using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// Reads the versions a context-free reply depends on (<see cref="AnswerVersions"/>). Read before the turn is answered:
/// each source bumps its version after its new data is in place, so what the turn then reads is at least as new as what
/// the versions say, and a reply is never kept under versions newer than the data it was made from. A new source of
/// data the answer steps read belongs here.
/// </summary>
public sealed class AnswerDependencies(
    PassageRetriever retriever,
    DataChangeSignal changes,
    DocumentCatalog catalog,
    DocumentAvailability availability,
    SynonymCatalog synonyms,
    PlaceGazetteer places,
    SensitiveWordFilter sensitiveWords,
    DenseIndex dense)
{
    public AnswerVersions Current() => new(
        retriever.Generation,
        changes.CuratedAnswersGeneration,
        changes.TemplatesGeneration,
        changes.CorpusGeneration,
        changes.WordListsGeneration,
        catalog.Version,
        availability.Version,
        availability.Today,
        synonyms.AdminText,
        places.Text,
        sensitiveWords.Words,
        sensitiveWords.AllowedPhrases,
        dense.IsReady);
}
