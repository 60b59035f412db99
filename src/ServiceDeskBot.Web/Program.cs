using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Intents;
using ServiceDeskBot.Core.Llm;
using ServiceDeskBot.Core.Retrieval;
using ServiceDeskBot.Core.Review;
using ServiceDeskBot.Web.Features.Admin.Dashboard;
using ServiceDeskBot.Web.Features.Admin.Curated;
using ServiceDeskBot.Web.Features.Admin.Corpus;
using ServiceDeskBot.Web.Features.Api;
using ServiceDeskBot.Web.Features.Auth;
using ServiceDeskBot.Web.Features.DirectLine;
using ServiceDeskBot.Web.Features.Platform;
using ServiceDeskBot.Web.Features.Shared;
using ServiceDeskBot.Web.Features.Widget;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatform();
builder.AddApi();
builder.AddRetrieval();
builder.AddServiceDeskData();
builder.AddCorpusAdmin();
builder.AddIntents();
builder.AddLlm();
builder.AddAnswering();
builder.AddDirectLine();
builder.AddWidget();
builder.AddStaffPages();
builder.AddStaffSignIn();
builder.AddReview();

var app = builder.Build();
if (await app.RunCommandAsync(args)) return;
app.UsePlatform();
app.MapApi();
app.MapDirectLine();
app.MapWidget();
app.MapStaffPages();
app.MapAdminDashboard();
app.MapCuratedApi();
app.Run();

/// <summary>Entry point, public so integration tests can host the app.</summary>
public partial class Program;
