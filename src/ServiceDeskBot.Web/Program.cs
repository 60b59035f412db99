using ServiceDeskBot.Web.Features.DirectLine;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();
builder.AddDirectLine();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapOpenApi();
app.MapDirectLine();
app.MapGet("/healthz", () => TypedResults.Ok("ok"));
app.Run();

/// <summary>Entry point, public so integration tests can host the app.</summary>
public partial class Program;
