using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Answering.Turn;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Review;
using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Web.Features.Admin.Curated;

/// <summary>
/// 试一试: runs a question through the whole pipeline, as a citizen's would be, and shows which path answered (which
/// curated answer, and which others it shadows), the reply with its citations and the decision record in words.
/// The turn is logged under its own channel, which the review queue and citizen statistics leave out.
/// </summary>
public sealed class TryModel(IAnswerService answers, CuratedAnswerMatcher matcher, IDbContextFactory<ServiceDeskDbContext> dbFactory) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Question { get; set; }

    /// <summary>The curated answer being edited, whose fate the result names first.</summary>
    [BindProperty(SupportsGet = true, Name = "answer")]
    public int? AnswerId { get; set; }

    /// <summary>Set by the pages' script: only the result is rendered, to be placed beside the form.</summary>
    [BindProperty(SupportsGet = true, Name = "fragment")]
    public bool Fragment { get; set; }

    public AskResult? Result { get; private set; }

    public IReadOnlyList<CuratedCandidate> Candidates { get; private set; } = [];

    /// <summary>What happened to <see cref="AnswerId"/>, in Chinese; null when no answer is being edited.</summary>
    public string? ForAnswer { get; private set; }

    public string? Error { get; private set; }

    public string Reason => Result is null ? "" : Result.Decision.Count > 0 ? DecisionText.Render(Result.Decision) : Result.Reason;

    public double Threshold => matcher.Threshold;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var check = InputText.Check(Question);
        if (check.Problem == InputTextProblem.Empty)
        {
            Question = null;
            return Show();
        }

        if (!check.IsValid)
        {
            Error = "问题" + check.Message;
            Question = check.Problem == InputTextProblem.InvalidCharacters ? "" : Question?.Trim();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Show();
        }

        Question = check.Text;
        Result = await answers.AskAsync(new AskRequest(Question, Channel: ReviewBacklog.TryChannel), cancellationToken);
        var ranked = await matcher.RankAsync(Question, cancellationToken);
        var winner = Result.Mode == AnswerMode.Curated ? ranked.FirstOrDefault(m => m.IsMatch) : null;
        Candidates = ranked.Take(5).Select(m => new CuratedCandidate(m, VerdictOf(m, winner), ReferenceEquals(m, winner))).ToList();
        if (AnswerId is { } id)
        {
            ForAnswer = await DescribeAsync(id, ranked, winner, cancellationToken);
        }

        return Show();
    }

    private IActionResult Show() => Fragment ? Partial("_TryResult", this) : Page();

    private string VerdictOf(CuratedAnswerMatch match, CuratedAnswerMatch? winner) =>
        ReferenceEquals(match, winner) ? "作答"
        : !match.IsMatch ? string.Create(CultureInfo.InvariantCulture, $"未达阈值 {Threshold:F2}")
        : winner is not null ? string.Create(CultureInfo.InvariantCulture, $"被 #{winner.Answer.Id} 遮蔽")
        : "未采用（" + PrecedingPath() + "在先）";

    private string PrecedingPath() => Result!.Decision.Any(n => n.Code == DecisionCode.SensitiveWord) ? "敏感词拒答" : "其他处理";

    private async Task<string> DescribeAsync(
        int id, IReadOnlyList<CuratedAnswerMatch> ranked, CuratedAnswerMatch? winner, CancellationToken cancellationToken)
    {
        if (ranked.FirstOrDefault(m => m.Answer.Id == id) is { } own)
        {
            var score = own.Score.ToString("F2", CultureInfo.InvariantCulture);
            return ReferenceEquals(own, winner) ? $"本条（#{id}）回答了这个问题（相似度 {score}，最接近的问法“{own.MatchedQuestion}”）。"
                : own.IsMatch && winner is not null ? $"本条（#{id}）达到阈值（相似度 {score}），但被 #{winner.Answer.Id}“{winner.Answer.Question}”遮蔽。"
                : own.IsMatch ? $"本条（#{id}）达到阈值（相似度 {score}），但问题由其他路径处理。"
                : $"本条（#{id}）相似度 {score}，未达阈值 {Threshold.ToString("F2", CultureInfo.InvariantCulture)}，不会回答这个问题。";
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var enabled = await db.CuratedAnswers.AsNoTracking().Where(a => a.Id == id).Select(a => (bool?)a.Enabled).FirstOrDefaultAsync(cancellationToken);
        return enabled switch
        {
            null => $"本条（#{id}）尚未保存或已删除，保存后才参与匹配。",
            false => $"本条（#{id}）已停用，不参与匹配。",
            _ => $"本条（#{id}）与这个问题没有相似之处，不会回答它。",
        };
    }
}
