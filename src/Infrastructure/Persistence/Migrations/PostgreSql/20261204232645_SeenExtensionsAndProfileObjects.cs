using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SeenExtensionsAndProfileObjects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "seen_extensions",
                columns: table => new
                {
                    company_id = table.Column<Guid>(type: "uuid", nullable: false),
                    resource_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    urn = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    attributes = table.Column<string>(type: "text", nullable: false),
                    first_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_seen_extensions", x => new { x.company_id, x.resource_type, x.urn });
                    table.ForeignKey(
                        name: "fk_seen_extensions_companies_company_id",
                        column: x => x.company_id,
                        principalTable: "companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Custom extensions were stored as a JSON string holding the object; they become the object itself, so that
            // SQL can reach inside ($.customExtensions."urn:...".attr). On Citus this one rewrite spans every shard, which
            // a database that refuses multi-shard queries (citus.multi_task_query_log_level) must allow here.
            migrationBuilder.Sql("SET LOCAL citus.multi_task_query_log_level = off;");
            foreach (var table in new[] { "users", "groups" })
            {
                migrationBuilder.Sql(
                    $$"""
                    UPDATE {{table}} SET profile = jsonb_set(profile::jsonb, '{customExtensions}', (profile::jsonb ->> 'customExtensions')::jsonb)::text
                    WHERE jsonb_typeof(profile::jsonb -> 'customExtensions') = 'string';
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("SET LOCAL citus.multi_task_query_log_level = off;");
            foreach (var table in new[] { "users", "groups" })
            {
                migrationBuilder.Sql(
                    $$"""
                    UPDATE {{table}} SET profile = jsonb_set(profile::jsonb, '{customExtensions}', to_jsonb((profile::jsonb -> 'customExtensions')::text))::text
                    WHERE jsonb_typeof(profile::jsonb -> 'customExtensions') = 'object';
                    """);
            }

            migrationBuilder.DropTable(
                name: "seen_extensions");
        }
    }
}
