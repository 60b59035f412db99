using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ServiceDeskBot.Core.Templates;

/// <summary>
/// The built-in functions (<c>string</c>, <c>array</c>, <c>date</c> …) a render gets. A template that names one gets
/// its own deep copy of them, as Scriban's default context makes, so that one admin-edited template (hostile input)
/// cannot change what the next one sees. A template that names none of them, and never reaches the globals through
/// <c>this</c>, gets an empty set: nothing it does can read or change them, and copying them was half of the render's
/// CPU time (docs/benchmarks.md).
/// </summary>
internal static class TemplateBuiltins
{
    private static readonly HashSet<string> Names = new(TemplateContext.GetDefaultBuiltinObject().Keys, StringComparer.Ordinal);
    private static readonly ConditionalWeakTable<Template, StrongBox<bool>> Uses = new();

    /// <summary>The built-in object for one render of <paramref name="template"/>: never shared between renders.</summary>
    public static ScriptObject For(Template template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var uses = Uses.GetValue(template, t => new StrongBox<bool>(NamesAny(t.Page))).Value;
        return uses ? TemplateContext.GetDefaultBuiltinObject() : new ScriptObject();
    }

    private static bool NamesAny(ScriptNode? node)
    {
        if (node is null)
        {
            return false;
        }

        var finder = new BuiltinFinder();
        node.Accept(finder);
        return finder.Found;
    }

    private sealed class BuiltinFinder : ScriptVisitor
    {
        public bool Found { get; private set; }

        public override void Visit(ScriptVariableGlobal node)
        {
            Found |= Names.Contains(node.Name);
            base.Visit(node);
        }

        public override void Visit(ScriptThisExpression node)
        {
            Found = true;
            base.Visit(node);
        }
    }
}
