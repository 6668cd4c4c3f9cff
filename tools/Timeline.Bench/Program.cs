using Timeline.Bench;

return await Commands.RunAsync(args);
