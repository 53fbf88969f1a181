using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using PoliceSocial.Hosting;
using PoliceSocial.Telemetry;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddPoliceSocial(builder.Configuration);
builder.Services.AddPipelineTelemetry(builder.Configuration);
builder.Build().Run();
