namespace ServiceDeskBot.Web.Features.Admin.Home;

/// <summary>What the admin home shows: the corpus, the outside models, this week's citizen asks, open tickets, the checklist.</summary>
public sealed record AdminOverview(
    string? CorpusVersion,
    bool IndexReady,
    int Documents,
    int Passages,
    ServiceStatus Llm,
    ServiceStatus Embeddings,
    DateOnly WeekFrom,
    int CitizenAsksThisWeek,
    int UnansweredThisWeek,
    int DislikedThisWeek,
    int OpenTickets,
    IReadOnlyList<ChecklistItem> Checklist);
