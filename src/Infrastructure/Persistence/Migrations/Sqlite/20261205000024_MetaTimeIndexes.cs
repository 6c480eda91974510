using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MetaTimeIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_users_company_id_created_at",
                table: "users",
                columns: new[] { "company_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_users_company_id_last_modified_at",
                table: "users",
                columns: new[] { "company_id", "last_modified_at" });

            migrationBuilder.CreateIndex(
                name: "ix_groups_company_id_created_at",
                table: "groups",
                columns: new[] { "company_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_groups_company_id_last_modified_at",
                table: "groups",
                columns: new[] { "company_id", "last_modified_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_users_company_id_created_at",
                table: "users");

            migrationBuilder.DropIndex(
                name: "ix_users_company_id_last_modified_at",
                table: "users");

            migrationBuilder.DropIndex(
                name: "ix_groups_company_id_created_at",
                table: "groups");

            migrationBuilder.DropIndex(
                name: "ix_groups_company_id_last_modified_at",
                table: "groups");
        }
    }
}
