using Signpost.Cli.Commands;

// The Signpost command-line tool. It reads the same settings as the web app (Signpost__DataDirectory,
// Signpost__Database, ConnectionStrings__Signpost, or --Key=value), so it works on the same data.
return await CliApp.RunAsync(args, Console.In, Console.Out, Console.Error);
