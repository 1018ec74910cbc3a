using Signpost.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddSignpost();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseSignpost();
await app.RunAsync();

/// <summary>The web application's entry point (public so integration tests can host it).</summary>
public partial class Program;
