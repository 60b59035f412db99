using System.Collections.Concurrent;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Safety;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Core.Templates;

/// <summary>
/// Renders reply templates by key. Admin-edited templates come from the database; when one is missing, disabled
/// or fails at run time, the default from <c>seeds/templates/</c> is used so a bad edit cannot silence the bot.
/// </summary>
public sealed partial class TemplateRenderer(
    IDbContextFactory<ServiceDeskDbContext> dbFactory,
    DataChangeSignal signal,
    DataPaths paths,
    IOptions<ServiceDeskOptions> serviceDesk,
    IOptions<TemplatesOptions> limits,
    IOptions<AnsweringOptions> answering,
    PiiMasker masker,
    ILogger<TemplateRenderer> logger)
{
    /// <summary>File extension of the default templates in <c>seeds/templates/</c>.</summary>
    public const string FileExtension = ".scriban";

    // Each cached template remembers the change generation it was read at, so a read that raced with an admin
    // save is never served after that save.
    private readonly ConcurrentDictionary<string, (long Generation, Template? Template)> _stored = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Template> _defaults = new(StringComparer.Ordinal);

    /// <summary>Renders the template stored under <paramref name="key"/> with the service-desk facts and <paramref name="model"/>.</summary>
    public async Task<string> RenderAsync(string key, TemplateModel model, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(model);

        var stored = await GetStoredAsync(key, cancellationToken).ConfigureAwait(false);
        if (stored is not null)
        {
            try
            {
                return WithoutTags(await RenderAsync(stored, model, strict: false, timed: true, cancellationToken).ConfigureAwait(false));
            }
            catch (TemplateRenderException ex)
            {
                LogStoredTemplateFailed(logger, key, ex.Message);
            }
        }

        // The built-in default is the product's own template, the reply of last resort: its loop, output and memory
        // limits still hold, but no wall-clock budget, which on a starved machine (every core busy) it could miss
        // while doing nothing wrong, and then the turn would fail instead of answering.
        return WithoutTags(await RenderAsync(GetDefault(key), model, strict: false, timed: false, cancellationToken).ConfigureAwait(false));
    }

    // An admin-edited template could carry HTML such as <script>; replies are rendered as markdown by chat clients, so
    // '<' becomes a full-width look-alike and no tag can open. Markdown (lists, links, quotes) is left alone.
    private static string WithoutTags(string reply) => reply.Replace('<', '\uFF1C');

    /// <summary>
    /// Renders <paramref name="body"/> with sample values so an admin sees the result before saving. Unknown
    /// variables are reported as errors here (but tolerated in production rendering).
    /// </summary>
    public async Task<TemplatePreview> PreviewAsync(string body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var errors = TemplateCompiler.Validate(body);
        if (errors.Count > 0)
        {
            return new TemplatePreview(null, errors);
        }

        try
        {
            var output = await RenderAsync(Template.Parse(body), SampleModel, strict: true, timed: true, cancellationToken).ConfigureAwait(false);
            return new TemplatePreview(output, []);
        }
        catch (TemplateRenderException ex)
        {
            var span = (ex.InnerException as ScriptRuntimeException)?.Span;
            var error = span is { } s
                ? new TemplateError(s.Start.Line + 1, s.Start.Column + 1, ex.Message)
                : new TemplateError(1, 1, ex.Message);
            return new TemplatePreview(null, [error]);
        }
    }

    /// <summary>Values used by <see cref="PreviewAsync"/>.</summary>
    public static TemplateModel SampleModel { get; } = new()
    {
        Question = "请问办理居住证需要哪些材料？",
        Quotes =
        [
            new TemplateQuote(1, "示例文章标题", "这是从资料中摘录的第一句示例。", "example_1.txt", "示例日报"),
            new TemplateQuote(2, "另一篇示例文章", "这是第二句示例摘录。", "example_2.txt"),
        ],
        Disclaimer = "以上内容摘自公开新闻报道，仅供参考，具体办理要求请以窗口答复为准。",
        TicketNumber = "20261201-0042",
        TicketKind = "handoff",
    };

    internal Task<string> RenderAsync(Template template, TemplateModel model, bool strict, bool timed, CancellationToken cancellationToken)
    {
        var options = limits.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timed)
        {
            timeout.CancelAfter(options.RenderTimeoutMs);
        }

        // Synchronous on purpose: the memory budget counts this thread's allocations, and nothing a template can
        // call is asynchronous.
        var context = new MemoryBudgetedTemplateContext(TemplateBuiltins.For(template), options.MemoryBudgetMegabytes * 1024L * 1024L)
        {
            LoopLimit = options.LoopLimit,
            RecursiveLimit = options.RecursiveLimit,
            OutputLimit = options.OutputLimit,
            // No string a reply needs is longer than the reply itself; longer ones are an error, not truncated.
            LimitToString = options.OutputLimit,
            OnStringLimit = ScriptLimitBehavior.Throw,
            StrictVariables = strict,
            CancellationToken = timeout.Token,
        };
        context.PushGlobal(BuildGlobals(model));

        try
        {
            return Task.FromResult(template.Render(context).Trim());
        }
        catch (ScriptRuntimeException ex) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException("The render was cancelled.", ex, cancellationToken);
        }
        catch (Exception ex) when (timeout.IsCancellationRequested && ex is ScriptRuntimeException or OperationCanceledException)
        {
            throw new TemplateRenderException($"模板渲染超过 {options.RenderTimeoutMs} 毫秒，已中止。", ex);
        }
        catch (ScriptRuntimeException ex)
        {
            throw new TemplateRenderException($"模板运行出错：{ex.OriginalMessage}", ex);
        }
    }

    private ScriptObject BuildGlobals(TemplateModel model)
    {
        var facts = serviceDesk.Value;
        var linkHosts = answering.Value.LinkHosts.AsReadOnly();
        string Inert(string? text) => ChatTextNeutralizer.Neutralize(text, linkHosts);
        var quotes = new ScriptArray();
        var sources = new ScriptArray();
        foreach (var quote in model.Quotes)
        {
            var title = Inert(quote.Title);
            var source = Inert(quote.Source);
            quotes.Add(new ScriptObject
            {
                ["n"] = quote.N,
                ["title"] = title,
                ["text"] = Inert(quote.Text),
                ["source"] = source,
                ["locator"] = Inert(quote.Locator),
            });
        }

        // Each document is named once, however many of its sentences are quoted.
        foreach (var document in model.Quotes.GroupBy(q => q.Source, StringComparer.Ordinal))
        {
            var first = document.First();
            sources.Add(new ScriptObject
            {
                ["n"] = first.N,
                ["title"] = ChatTextNeutralizer.Neutralize(first.Title),
                ["source"] = ChatTextNeutralizer.Neutralize(first.Source),
                ["issuer"] = ChatTextNeutralizer.Neutralize(first.Issuer),
                ["doc_number"] = ChatTextNeutralizer.Neutralize(first.DocumentNumber),
                ["date"] = ChatTextNeutralizer.Neutralize(first.Date),
                // Issuer, 文号 and date as one parenthesis, each part only when known.
                ["details"] = ChatTextNeutralizer.Neutralize(string.Join("，",
                    new[] { first.Issuer, first.DocumentNumber, first.Date }.Where(part => !string.IsNullOrWhiteSpace(part)))),
            });
        }

        var answer = string.IsNullOrWhiteSpace(model.Answer)
            ? string.Join("", model.Quotes.Select(q => Inert(q.Text)))
            : Inert(model.Answer);

        return new ScriptObject
        {
            // A reply never echoes the citizen's question whole: a short excerpt, personal data masked first.
            ["question"] = Inert(masker.MaskedExcerpt(model.Question)),
            ["answer"] = answer,
            ["quotes"] = quotes,
            ["sources"] = sources,
            ["disclaimer"] = ChatTextNeutralizer.Neutralize(model.Disclaimer),
            ["hotline"] = facts.Hotline,
            ["window_address"] = facts.WindowAddress,
            ["office_hours"] = facts.OfficeHours,
            ["site_name"] = facts.SiteName,
            ["hotline_link"] = HotlineLink.ToMarkdown(facts.Hotline),
            ["ticket_number"] = model.TicketNumber,
            ["ticket_kind"] = model.TicketKind,
        };
    }

    private async Task<Template?> GetStoredAsync(string key, CancellationToken cancellationToken)
    {
        var generation = signal.TemplatesGeneration;
        if (_stored.TryGetValue(key, out var cached) && cached.Generation == generation)
        {
            return cached.Template;
        }

        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var row = await db.AnswerTemplates.AsNoTracking()
                .FirstOrDefaultAsync(t => t.Key == key && t.Enabled, cancellationToken)
                .ConfigureAwait(false);
            Template? template = null;
            if (row is not null)
            {
                try
                {
                    template = TemplateCompiler.Compile(key, row.Body);
                }
                catch (TemplateValidationException ex)
                {
                    // Saves are validated, so this only happens after a direct database edit; the default keeps replies flowing.
                    LogStoredTemplateFailed(logger, key, ex.Message);
                }
            }

            _stored[key] = (generation, template);
            return template;
        }
    }

    private Template GetDefault(string key) =>
        _defaults.GetOrAdd(key, k =>
        {
            var path = paths.InSeeds("templates", k + FileExtension);
            if (!File.Exists(path))
            {
                throw new TemplateRenderException($"没有名为“{k}”的模板，也没有默认模板文件 {path}。");
            }

            return TemplateCompiler.Compile(k, File.ReadAllText(path));
        });

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stored template {Key} could not be used, falling back to the default: {Problem}")]
    private static partial void LogStoredTemplateFailed(ILogger logger, string key, string problem);
}
