using Microsoft.AspNetCore.Mvc.RazorPages;
using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Web.Features.Admin.Export;

/// <summary>The export page: a date range and links to the export API in each format (downloads use the admin's cookie).</summary>
public sealed class IndexModel(DeskTimeZone zone, TimeProvider time) : PageModel
{
    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public int MaxDays => ExportEndpoints.MaxDays;

    public void OnGet()
    {
        To = zone.Today(time);
        From = To.AddDays(-29);
    }
}
