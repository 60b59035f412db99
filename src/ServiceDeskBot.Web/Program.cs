using ServiceDeskBot.Web.Features.Widget;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();
builder.AddWidget();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseRouting();
app.MapStaticAssets();
app.MapOpenApi();
app.MapGet("/healthz", () => TypedResults.Ok("ok"));
app.MapWidget();
app.Run();

/// <summary>Entry point, public so integration tests can host the app.</summary>
public partial class Program;
