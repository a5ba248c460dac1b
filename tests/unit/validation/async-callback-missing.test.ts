import { describe, expect, it } from 'vitest';
import { validateProject } from '../../../models/validation';
import { onCounterpartPath } from '../../../models/validation/rules/async-callback-missing';
import { cleanProject, ofRule, SR_CONTRACT, validateFully } from './fixtures';

function asyncSearch() {
  const project = cleanProject();
  project.interactions[0]!.pattern = 'async_request_callback';
  project.interactions[0]!.apiOperation = { contractId: 'sr-api', operationId: 'search' };
  return project;
}

describe('async-callback-missing', () => {
  it('names the on- counterpart as the DCI APIs spell it', () => {
    expect(onCounterpartPath('/registry/search')).toBe('/registry/on-search');
    expect(onCounterpartPath('/disburse')).toBe('/on-disburse');
  });

  it('warns when an asynchronous interaction\'s operation has no callback and no on- counterpart', async () => {
    expect(ofRule(await validateFully(asyncSearch()), 'async-callback-missing').map((problem) => `${problem.severity} ${problem.message}`)).toEqual([
      "warning interactions[0].apiOperation: interaction 'Search household' (mis-searches-sr) is asynchronous but POST /registry/search (search) of contract 'sr-api' has no callback and the contract has no /registry/on-search",
    ]);
  });

  it('is silent with an on- endpoint, with an OpenAPI callback, or for a synchronous pattern', async () => {
    const withCounterpart = asyncSearch();
    withCounterpart.apiContracts[0]!.source = `${SR_CONTRACT}  /registry/on-search:\n    post:\n      operationId: onSearch\n      responses:\n        '200':\n          description: Ack\n`;
    expect(ofRule(await validateFully(withCounterpart), 'async-callback-missing')).toEqual([]);
    const withCallback = asyncSearch();
    withCallback.apiContracts[0]!.source = SR_CONTRACT.replace(
      "      operationId: search\n",
      "      operationId: search\n      callbacks:\n        onSearch:\n          '{$request.body#/header/sender_uri}':\n            post:\n              responses:\n                '200':\n                  description: Ack\n",
    );
    expect(ofRule(await validateFully(withCallback), 'async-callback-missing')).toEqual([]);
    expect(ofRule(await validateFully(cleanProject()), 'async-callback-missing')).toEqual([]);
  });
});
