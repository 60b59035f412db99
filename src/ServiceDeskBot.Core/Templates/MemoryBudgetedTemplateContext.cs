using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ServiceDeskBot.Core.Templates;

/// <summary>
/// A Scriban context that stops a render once it has allocated more than its budget. Loop, recursion and output
/// limits do not bound memory: a 15 KB template of assignments like <c>v1 = s + "1"</c> over a one-million-character
/// string took a process from 40 MB to 1.9 GB before the time limit struck (docs/benchmarks.md). The count is the
/// render thread's allocations, read after every evaluated node, so the render must run synchronously on one thread.
/// </summary>
internal sealed class MemoryBudgetedTemplateContext : TemplateContext
{
    private readonly long _budgetBytes;
    private readonly long _start;

    public MemoryBudgetedTemplateContext(ScriptObject builtins, long budgetBytes)
        : base(builtins)
    {
        _budgetBytes = budgetBytes;
        _start = GC.GetAllocatedBytesForCurrentThread();
    }

    /// <summary>Bytes the render has allocated so far.</summary>
    public long AllocatedBytes => GC.GetAllocatedBytesForCurrentThread() - _start;

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        CheckBudget();
        var result = base.Evaluate(scriptNode, aliasReturnedFunction);
        CheckBudget();
        return result;
    }

    public override ValueTask<object?> EvaluateAsync(ScriptNode? scriptNode, bool aliasReturnedFunction) =>
        throw new InvalidOperationException("Budgeted templates render synchronously; allocations are counted per thread.");

    private void CheckBudget()
    {
        if (AllocatedBytes > _budgetBytes)
        {
            throw new ScriptRuntimeException(CurrentSpan, $"模板占用的内存超过 {_budgetBytes / (1024 * 1024)} MB，已中止。");
        }
    }
}
