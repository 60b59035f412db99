using ServiceDeskBot.Core.Data;

namespace ServiceDeskBot.Web.Features.Admin.Curated;

/// <summary>A curated answer that resembles the tried question, and what became of it.</summary>
/// <param name="Match">The answer, its closest wording and the similarity.</param>
/// <param name="Verdict">作答, 被 #n 遮蔽, 未达阈值 … in Chinese.</param>
/// <param name="Answered">True for the one curated answer that answered.</param>
public sealed record CuratedCandidate(CuratedAnswerMatch Match, string Verdict, bool Answered);
