namespace ServiceDeskBot.Core.Tests.Answering;

/// <summary>The pipeline of <see cref="AnswerPipelineFixture"/> with the answer cache on, as deployed.</summary>
public sealed class CachedAnswerPipelineFixture() : AnswerPipelineFixture(answerCache: true);
