using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Infrastructure.Persistence.Migrations.Sqlite
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
                    company_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    resource_type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    urn = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    attributes = table.Column<string>(type: "TEXT", nullable: false),
                    first_seen_at = table.Column<long>(type: "INTEGER", nullable: false)
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
            // SQL can reach inside ($.customExtensions."urn:...".attr).
            foreach (var table in new[] { "users", "groups" })
            {
                migrationBuilder.Sql(
                    $"""
                    UPDATE {table} SET profile = json_set(profile, '$.customExtensions', json(json_extract(profile, '$.customExtensions')))
                    WHERE json_type(profile, '$.customExtensions') = 'text';
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "users", "groups" })
            {
                migrationBuilder.Sql(
                    $"""
                    UPDATE {table} SET profile = json_set(profile, '$.customExtensions', json_extract(profile, '$.customExtensions'))
                    WHERE json_type(profile, '$.customExtensions') = 'object';
                    """);
            }

            migrationBuilder.DropTable(
                name: "seen_extensions");
        }
    }
}
