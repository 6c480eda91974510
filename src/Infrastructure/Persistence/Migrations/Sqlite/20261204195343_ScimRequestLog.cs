using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ScimRequestLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "scim_requests",
                columns: table => new
                {
                    company_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    occurred_at = table.Column<long>(type: "INTEGER", nullable: false),
                    integration_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    refusal = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    version = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    method = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    path = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    resource = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    scim_type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    error_detail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    duration_ms = table.Column<int>(type: "INTEGER", nullable: false),
                    request_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    request_body = table.Column<string>(type: "TEXT", nullable: true),
                    response_body = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_scim_requests", x => new { x.company_id, x.id });
                    table.ForeignKey(
                        name: "fk_scim_requests_companies_company_id",
                        column: x => x.company_id,
                        principalTable: "companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_scim_requests_company_id_occurred_at",
                table: "scim_requests",
                columns: new[] { "company_id", "occurred_at" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_scim_requests_company_id_status_occurred_at",
                table: "scim_requests",
                columns: new[] { "company_id", "status", "occurred_at" },
                descending: new[] { false, false, true });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "scim_requests");
        }
    }
}
