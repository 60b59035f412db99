namespace ServiceDeskBot.Core.Llm;

/// <summary>Which chat-completions service writes answers.</summary>
public enum LlmProvider
{
    /// <summary>No LLM: answers come from templates only.</summary>
    None,

    /// <summary>Any OpenAI-compatible chat-completions endpoint (OpenAI, DeepSeek, DashScope, GLM, Ollama, vLLM).</summary>
    OpenAI,

    /// <summary>Azure OpenAI through its OpenAI-compatible <c>/openai/v1/</c> endpoint.</summary>
    Azure,
}
