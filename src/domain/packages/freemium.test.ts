import assert from 'node:assert/strict';
import { test } from 'node:test';
import { freemiumProblem, unmappedAppModules } from './freemium.js';

const manifest = {
  appModules: [
    { uniqueName: 'fab_gold', displayName: 'Gold' },
    { uniqueName: 'fab_silver', displayName: 'Silver' },
    { uniqueName: 'fab_viewer', displayName: 'Viewer' },
  ],
};

test('app modules that no plan maps need no license', () => {
  const license = {
    mappings: [
      { serviceId: 'fabrikam.fieldops.gold', appModule: 'fab_gold' },
      { serviceId: 'fabrikam.fieldops.gold', appModule: 'fab_silver' },
      { serviceId: 'fabrikam.fieldops.silver', appModule: 'fab_silver' },
    ],
  };
  assert.deepEqual(unmappedAppModules(manifest, license), [{ uniqueName: 'fab_viewer', displayName: 'Viewer' }]);
  assert.equal(freemiumProblem(manifest, license), null);
});

test('a freemium offer whose package maps every app module is refused', () => {
  const license = { mappings: manifest.appModules.map((m) => ({ serviceId: 'fabrikam.fieldops.gold', appModule: m.uniqueName })) };
  assert.deepEqual(unmappedAppModules(manifest, license), []);
  const problem = freemiumProblem(manifest, license);
  assert.equal(problem?.code, 'freemium.every_app_module_mapped');
  assert.equal(problem?.severity, 'error');
  assert.match(problem!.message, /leave at least one app module unmapped/);
});
