import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { approvalBlocker, freeSeatsOf, productToApprove, type GrantingProduct } from './grantingProducts.js';

const product = (name: string, freeSeats: number, waitingRoom: GrantingProduct['waitingRoom'] = 'off'): GrantingProduct => ({ planId: name.toLowerCase(), name, freeSeats, waitingRoom });

describe('which product approving a license request assigns', () => {
  test('the first by name with a free seat', () => {
    assert.equal(productToApprove([product('Silver', 3), product('Gold', 0), product('Bronze', 1)])?.name, 'Bronze');
    assert.equal(productToApprove([product('Silver', 0), product('Gold', 2)])?.name, 'Gold');
    assert.equal(productToApprove([product('Gold', 0)]), undefined);
    assert.equal(productToApprove([]), undefined);
  });

  test('free seats never go below zero when more are assigned than purchased', () => {
    assert.equal(freeSeatsOf({ purchased: 5, assigned: 2 }), 3);
    assert.equal(freeSeatsOf({ purchased: 2, assigned: 4 }), 0);
  });

  test('the reason approval is blocked names plans and says where to go', () => {
    assert.equal(approvalBlocker('Field Ops', [product('Gold', 1)]), null);
    assert.match(approvalBlocker('Field Ops', [])!, /holds no license that grants Field Ops/);
    assert.match(approvalBlocker('Field Ops', [product('Gold', 0)])!, /No seat of Gold is free\. Unassign someone or buy more licenses/);
    assert.match(approvalBlocker('Field Ops', [product('Gold', 0, 'manual'), product('Silver', 0)])!, /waiting room of Gold: give them the next seat freed there/);
    assert.match(approvalBlocker('Field Ops', [product('Silver', 0), product('Gold', 0, 'automatic')])!, /waiting room of Gold and gets the next seat freed/);
  });
});
