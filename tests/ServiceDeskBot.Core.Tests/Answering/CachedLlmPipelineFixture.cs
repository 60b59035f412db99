namespace ServiceDeskBot.Core.Tests.Answering;

/// <summary>The LLM pipeline of <see cref="LlmPipelineFixture"/> with the answer cache on, as deployed.</summary>
public sealed class CachedLlmPipelineFixture() : LlmPipelineFixture(answerCache: true);
