using System.ComponentModel.DataAnnotations;

namespace ServiceDeskBot.Core.Answering;

/// <summary>How the answer pipeline decides between answering and declining.</summary>
public sealed class AnsweringOptions
{
    public const string SectionName = "Answering";

    /// <summary>
    /// Least IDF-weighted share of a question's terms that a second quote must contain to be shown beside the best
    /// one. Default 0.25.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinCoverage { get; set; } = 0.25;

    /// <summary>
    /// Judge score (0..1) from which the best quote counts as answering the question, chosen on the out-of-fold scores
    /// of tests/data/calibration/tuning.jsonl, hard-tuning.jsonl and documents-tuning.jsonl (docs/judge.md): the bar
    /// that declines most unanswerable questions among those refusing as few answerable ones. Default 0.475. Quotes from
    /// structured documents are scored by their own weights against the same bar.
    /// </summary>
    [Range(0.0, 1.0)]
    public double JudgeThreshold { get; set; } = 0.475;

    /// <summary>
    /// With an LLM configured, questions whose judge score lies within this distance of the threshold go to the LLM,
    /// which answers from the passages or replies with the no-answer marker. Default 0.15.
    /// </summary>
    [Range(0.0, 0.5)]
    public double UnsureMargin { get; set; } = 0.15;

    /// <summary>Logistic weights of the judge, relative to the seeds directory. Default <c>retrieval/judge-weights.json</c>.</summary>
    [Required]
    public string JudgeWeightsFile { get; set; } = "retrieval/judge-weights.json";

    /// <summary>Passages handed to the LLM as numbered sources. Default 5.</summary>
    [Range(1, 10)]
    public int PassagesForLlm { get; set; } = 5;

    /// <summary>At most this many quotes in a template answer. Default 2.</summary>
    [Range(1, 5)]
    public int MaxQuotes { get; set; } = 2;

    /// <summary>At most this many follow-up suggestions per reply. Default 3.</summary>
    [Range(0, 10)]
    public int MaxSuggestions { get; set; } = 3;

    /// <summary>
    /// Questions offered when there is no better suggestion (greetings, declines, welcome). Each should be one the
    /// corpus answers; ones it does not are dropped at start.
    /// </summary>
    public IList<string> QuickQuestions { get; } = [];

    /// <summary>Turns remembered per conversation for follow-up questions. Default 6.</summary>
    [Range(1, 50)]
    public int ConversationTurns { get; set; } = 6;

    /// <summary>Minutes after its last turn that a conversation's memory is kept. Default 30.</summary>
    [Range(1, 1440)]
    public int ConversationMinutes { get; set; } = 30;

    /// <summary>
    /// Hosts (e.g. <c>www.zhengzhou.gov.cn</c>; subdomains included) whose addresses stay clickable links when a
    /// reply quotes them. Any other address in quoted corpus text or an LLM answer is shown as plain text, so text
    /// slipped into a document cannot send citizens to a site of its choosing. Empty (the default) links none.
    /// </summary>
    [MaxLength(100)]
    public IList<string> LinkHosts { get; } = [];

    /// <summary>
    /// The explicit label every reply the LLM wrote carries at its end (《人工智能生成合成内容标识办法》, GB 45438-2025);
    /// template and curated answers carry none. Default 本回答由人工智能生成，仅供参考.
    /// </summary>
    [Required]
    [StringLength(100, MinimumLength = 2)]
    public string AiGeneratedLabel { get; set; } = DefaultAiGeneratedLabel;

    /// <summary>
    /// Whether replies to context-free turns are kept in memory and given again to the same question while nothing they
    /// depend on has changed (the index, curated answers, templates, word lists, document metadata, the desk's date).
    /// Every such turn still gets its own ask id, ask-log row and metrics (tagged <c>cached</c>). Default true.
    /// </summary>
    public bool CacheEnabled { get; set; } = true;

    /// <summary>Most replies the answer cache holds; the least recently asked go first. Default 2000.</summary>
    [Range(1, 1_000_000)]
    public int CacheMaxEntries { get; set; } = 2000;

    /// <summary>
    /// Most memory the answer cache may hold, in megabytes, estimated from the texts its entries keep (question, reply,
    /// citations, decision record, quotes) plus a fixed allowance per entry. Default 16.
    /// </summary>
    [Range(1, 4096)]
    public int CacheMaxMegabytes { get; set; } = 16;

    /// <summary>The default of <see cref="AiGeneratedLabel"/>.</summary>
    public const string DefaultAiGeneratedLabel = "本回答由人工智能生成，仅供参考";
}
