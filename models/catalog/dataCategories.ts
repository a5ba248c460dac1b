// Categories that group data-dictionary entries (the catalogue's own, plus the ones the sample
// and the DCI data objects need). A data element's `category` is free text: an id from this
// list shows with its name, anything else shows as written.

export interface DataCategoryInfo {
  id: string;
  name: string;
}

export const dataCategories: readonly DataCategoryInfo[] = [
  { id: 'identity', name: 'Identity' },
  { id: 'demographic', name: 'Demographic' },
  { id: 'contact', name: 'Contact' },
  { id: 'location', name: 'Location' },
  { id: 'household', name: 'Household' },
  { id: 'socioeconomic', name: 'Socio-economic' },
  { id: 'health', name: 'Health and disability' },
  { id: 'vital_event', name: 'Vital event' },
  { id: 'programme', name: 'Programme' },
  { id: 'enrolment', name: 'Enrolment' },
  { id: 'benefit', name: 'Benefit' },
  { id: 'payment', name: 'Payment' },
  { id: 'grievance', name: 'Grievance' },
  { id: 'privacy', name: 'Privacy and consent' },
  { id: 'messaging', name: 'Messaging' },
  { id: 'metadata', name: 'Metadata' },
];

const byId = new Map(dataCategories.map((category) => [category.id, category]));

export function getDataCategory(id: string): DataCategoryInfo | undefined {
  return byId.get(id);
}
