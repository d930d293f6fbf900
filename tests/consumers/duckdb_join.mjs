// DuckDB over a view: patients and stays joined on the patient token, and
// a *.csv glob over every file of the directory at once.  Prints one JSON
// object; any DuckDB error (an encoding it refuses) exits non-zero.
// usage: node duckdb_join.mjs DIR
import { DuckDBInstance } from '@duckdb/node-api';

const dir = process.argv[2];
const q = (s) => "'" + s.replace(/'/g, "''") + "'";
const opts = "delim = ';', header = true, all_varchar = true";
const db = await DuckDBInstance.create(':memory:');
const c = await db.connect();
const one = async (sql) => (await c.runAndReadAll(sql)).getRows()[0][0];
const join = await one(
  `SELECT count(*) FROM read_csv(${q(dir + '/sejours.csv')}, ${opts}) s
   JOIN read_csv(${q(dir + '/patients.csv')}, ${opts}) p ON p."IPP" = s."IPP"`);
const tokens = await one(
  `SELECT count(*) FROM read_csv(${q(dir + '/patients.csv')}, ${opts})
   WHERE "IPP" LIKE 'P-%'`);
const globbed = await one(
  `SELECT count(*) FROM read_csv(${q(dir + '/*.csv')}, ${opts},
   union_by_name = true, filename = true)`);
console.log(JSON.stringify({ join: Number(join), tokens: Number(tokens),
  glob_rows: Number(globbed) }));
