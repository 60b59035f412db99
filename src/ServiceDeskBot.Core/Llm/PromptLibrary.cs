using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.SemanticKernel;

namespace ServiceDeskBot.Core.Llm;

/// <summary>
/// The prompt files of <c>prompts/</c>, loaded once and checked against the variables <c>manifest.json</c> declares,
/// so a broken prompt stops the service at start-up instead of degrading answers at run time.
/// </summary>
public sealed partial class PromptLibrary
{
    public const string ManifestFileName = "manifest.json";

    // Rendering needs a kernel only for its (empty) plugin collection; templates here reference variables only.
    private static readonly Kernel EmptyKernel = new();
    private static readonly KernelPromptTemplateFactory TemplateFactory = new();

    private readonly FrozenDictionary<string, IPromptTemplate> _templates;

    private PromptLibrary(FrozenDictionary<string, IPromptTemplate> templates, FrozenDictionary<string, IReadOnlyList<string>> variables)
    {
        _templates = templates;
        Variables = variables;
    }

    /// <summary>Declared variables of each prompt, by prompt name.</summary>
    public FrozenDictionary<string, IReadOnlyList<string>> Variables { get; }

    /// <summary>
    /// Loads every prompt listed in the manifest of <paramref name="directory"/> and checks that the prompts in
    /// <see cref="PromptNames.All"/> exist, that each file exists, and that each template uses exactly its declared
    /// variables. Throws <see cref="InvalidOperationException"/> naming the file and the problem otherwise.
    /// </summary>
    public static PromptLibrary Load(string directory)
    {
        var manifestPath = Path.Combine(directory, ManifestFileName);
        if (!File.Exists(manifestPath))
        {
            throw new InvalidOperationException($"Prompt manifest '{manifestPath}' not found. Set Llm:PromptsDirectory to the prompts folder.");
        }

        var templates = new Dictionary<string, IPromptTemplate>(StringComparer.Ordinal);
        var variables = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (name, file, declared) in ReadManifest(manifestPath))
        {
            var path = Path.Combine(directory, file);
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"Prompt '{name}': file '{path}' listed in {ManifestFileName} does not exist.");
            }

            var text = File.ReadAllText(path);
            CheckVariables(name, file, text, declared);
            var config = new PromptTemplateConfig(text)
            {
                Name = name,
                TemplateFormat = PromptTemplateConfig.SemanticKernelTemplateFormat,
                // Values are inserted verbatim: the rendered text goes into a chat message we build ourselves (never
                // re-parsed as chat-prompt XML), and callers neutralise untrusted values before rendering.
                AllowDangerouslySetContent = true,
                InputVariables = [.. declared.Select(v => new InputVariable { Name = v, IsRequired = true, AllowDangerouslySetContent = true })],
            };
            templates[name] = TemplateFactory.Create(config);
            variables[name] = declared;
        }

        var missing = PromptNames.All.Where(n => !templates.ContainsKey(n)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"Prompt manifest '{manifestPath}' does not list required prompt(s): {string.Join(", ", missing)}.");
        }

        return new PromptLibrary(templates.ToFrozenDictionary(StringComparer.Ordinal), variables.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>
    /// Finds the prompts folder: <paramref name="configured"/> resolved against <paramref name="contentRoot"/>, or when
    /// empty the nearest <c>prompts</c> folder holding a manifest above the content root.
    /// </summary>
    public static string ResolveDirectory(string configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, contentRoot);
        }

        for (var dir = new DirectoryInfo(Path.GetFullPath(contentRoot)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "prompts");
            if (File.Exists(Path.Combine(candidate, ManifestFileName)))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"No 'prompts' folder with a {ManifestFileName} found above '{contentRoot}'. Set Llm:PromptsDirectory.");
    }

    /// <summary>Renders a prompt. Every declared variable must be supplied; values are inserted as given.</summary>
    public async Task<string> RenderAsync(string name, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!_templates.TryGetValue(name, out var template))
        {
            throw new KeyNotFoundException($"Unknown prompt '{name}'.");
        }

        var arguments = new KernelArguments();
        foreach (var variable in Variables[name])
        {
            if (!values.TryGetValue(variable, out var value))
            {
                throw new ArgumentException($"Prompt '{name}' needs a value for '{variable}'.", nameof(values));
            }

            arguments[variable] = value;
        }

        return await template.RenderAsync(EmptyKernel, arguments, cancellationToken).ConfigureAwait(false);
    }

    private static List<(string Name, string File, IReadOnlyList<string> Variables)> ReadManifest(string manifestPath)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(manifestPath));
            var entries = new List<(string, string, IReadOnlyList<string>)>();
            foreach (var entry in document.RootElement.GetProperty("prompts").EnumerateArray())
            {
                var name = entry.GetProperty("name").GetString() ?? "";
                var file = entry.GetProperty("file").GetString() ?? "";
                var declared = entry.GetProperty("variables").EnumerateArray().Select(v => v.GetString() ?? "").ToList();
                if (name.Length == 0 || file.Length == 0)
                {
                    throw new InvalidOperationException($"Prompt manifest '{manifestPath}' has an entry without a name or file.");
                }

                entries.Add((name, file, declared));
            }

            return entries;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException)
        {
            throw new InvalidOperationException(
                $"Prompt manifest '{manifestPath}' is malformed; expected {{\"prompts\":[{{\"name\",\"file\",\"variables\":[...]}}]}}. {ex.Message}", ex);
        }
    }

    private static void CheckVariables(string name, string file, string text, IReadOnlyList<string> declared)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match block in TemplateBlock().Matches(text))
        {
            var inner = block.Groups[1].Value.Trim();
            var variable = VariableReference().Match(inner);
            if (!variable.Success)
            {
                // Function calls and literals would make a prompt depend on kernel plugins; only variables are allowed.
                throw new InvalidOperationException($"Prompt '{name}' ({file}) has an unsupported template block '{block.Value}'; only {{{{$variable}}}} is allowed.");
            }

            used.Add(variable.Groups[1].Value);
        }

        var undeclared = used.Where(v => !declared.Contains(v, StringComparer.Ordinal)).Order(StringComparer.Ordinal).ToList();
        if (undeclared.Count > 0)
        {
            throw new InvalidOperationException($"Prompt '{name}' ({file}) uses undeclared variable(s): {string.Join(", ", undeclared)}. Declare them in {ManifestFileName}.");
        }

        var unused = declared.Where(v => !used.Contains(v)).ToList();
        if (unused.Count > 0)
        {
            throw new InvalidOperationException($"Prompt '{name}' ({file}) does not use declared variable(s): {string.Join(", ", unused)}.");
        }
    }

    [GeneratedRegex(@"\{\{(.*?)\}\}", RegexOptions.Singleline)]
    private static partial Regex TemplateBlock();

    [GeneratedRegex(@"^\$([A-Za-z_][A-Za-z0-9_]*)$")]
    private static partial Regex VariableReference();
}
