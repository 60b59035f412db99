namespace ServiceDeskBot.Web.Features.Admin.Export;

internal static class ExportHostingExtensions
{
    /// <summary>The exports of the ask log and the conversations (<see cref="RecordExport"/>); the page is mapped with the staff pages.</summary>
    public static IHostApplicationBuilder AddExports(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RecordExport>();
        return builder;
    }
}
