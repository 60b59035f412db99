namespace ServiceDeskBot.Core.Llm;

/// <summary>Which chat-completions service writes answers.</summary>
public enum LlmProvider
{
    /// <summary>No LLM: answers come from templates only.</summary>
    None,

    /// <summary>Any OpenAI-compatible chat-completions endpoint (OpenAI, DeepSeek, DashScope, GLM, Ollama, vLLM).</summary>
    OpenAI,

    /// <summary>
    /// Azure OpenAI: a resource endpoint through Semantic Kernel's Azure OpenAI connector (deployment URL, API version,
    /// API key or Entra ID), or the OpenAI-compatible <c>/openai/v1/</c> endpoint through the OpenAI connector.
    /// </summary>
    Azure,
}
