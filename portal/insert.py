"""Several new rows written in one database round trip.

On PostgreSQL the INSERTs Django would send one by one are joined into one statement (the
first ones as data-modifying WITH clauses), so a hot path pays one round trip for all of them.
Nothing is returned: a row whose primary key matters later must have it set beforehand (e.g.
from nextval() read in an earlier round trip that was needed anyway); the others get theirs
from the database, unknown to the caller. Foreign keys between them are checked at
commit (Django's are deferrable, initially deferred). Elsewhere each row is saved alone.
"""

from django.db import connections, router
from django.db.models import Model
from django.db.models.sql import InsertQuery


def insert_together(*rows: Model) -> None:
    """INSERT the new `rows` in one statement; no save() signals are sent."""
    alias = router.db_for_write(type(rows[0]))
    connection = connections[alias]
    if connection.vendor != "postgresql":
        for row in rows:
            row.save(force_insert=True, using=alias)
        return
    statements = [_insert_sql(row, connection) for row in rows]
    *first, (last_sql, last_params) = statements
    clauses = ", ".join(f"new_{number} AS ({sql})" for number, (sql, _) in enumerate(first))
    params = [param for _, statement_params in first for param in statement_params]
    sql = f"WITH {clauses} {last_sql}" if first else last_sql
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, *last_params])
    for row in rows:
        row._state.adding = False
        row._state.db = alias


def _insert_sql(row: Model, connection) -> tuple[str, list]:
    meta = row._meta
    fields = [
        field
        for field in meta.local_concrete_fields
        if not (field is meta.auto_field and row.pk is None)
    ]
    query = InsertQuery(type(row))
    query.insert_values(fields, [row])
    [(sql, params)] = query.get_compiler(connection=connection).as_sql()
    return sql, list(params)
