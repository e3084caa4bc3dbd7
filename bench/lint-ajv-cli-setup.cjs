// Loaded by ajv-cli (`-c ./bench/lint-ajv-cli-setup.cjs`) in the lint benchmark, so that it compiles
// our schemas in strict mode like scripts/generate.mjs: `discriminator` as a known keyword (ajv-cli
// has no flag for ajv's discriminator option; the branches' `const` decides the oneOf either way)
// and the `date` format as an annotation (the AttDate pattern already checks the calendar).
module.exports = function setup(ajv) {
  ajv.addKeyword({ keyword: 'discriminator', schemaType: 'object' });
  ajv.addFormat('date', true);
};
