/**
 * The names of England's local authorities with children's services
 * responsibilities, so that a question about one the index does not cover
 * ("LADO Manchester") gets "I don't have reports for Manchester" instead of
 * quotes about somewhere else.
 */
export const ENGLISH_AUTHORITIES: readonly string[] = [
  'Barking and Dagenham', 'Barnet', 'Barnsley', 'Bath and North East Somerset', 'Bedford', 'Bexley', 'Birmingham',
  'Blackburn with Darwen', 'Blackpool', 'Bolton', 'Bournemouth, Christchurch and Poole', 'Bracknell Forest', 'Bradford',
  'Brent', 'Brighton and Hove', 'Bristol', 'Bromley', 'Buckinghamshire', 'Bury', 'Calderdale', 'Cambridgeshire', 'Camden',
  'Central Bedfordshire', 'Cheshire East', 'Cheshire West and Chester', 'City of London', 'Cornwall', 'Coventry',
  'Croydon', 'Cumberland', 'Darlington', 'Derby', 'Derbyshire', 'Devon', 'Doncaster', 'Dorset', 'Dudley', 'Durham',
  'Ealing', 'East Riding of Yorkshire', 'East Sussex', 'Enfield', 'Essex', 'Gateshead', 'Gloucestershire', 'Greenwich',
  'Hackney', 'Halton', 'Hammersmith and Fulham', 'Hampshire', 'Haringey', 'Harrow', 'Hartlepool', 'Havering',
  'Herefordshire', 'Hertfordshire', 'Hillingdon', 'Hounslow', 'Isle of Wight', 'Isles of Scilly', 'Islington',
  'Kensington and Chelsea', 'Kent', 'Kingston upon Hull', 'Hull', 'Kingston upon Thames', 'Kirklees', 'Knowsley', 'Lambeth',
  'Lancashire', 'Leeds', 'Leicester', 'Leicestershire', 'Lewisham', 'Lincolnshire', 'Liverpool', 'Luton', 'Manchester',
  'Medway', 'Merton', 'Middlesbrough', 'Milton Keynes', 'Newcastle upon Tyne', 'Newcastle', 'Newham', 'Norfolk',
  'North East Lincolnshire', 'North Lincolnshire', 'North Northamptonshire', 'North Somerset', 'North Tyneside',
  'North Yorkshire', 'Northamptonshire', 'Northumberland', 'Nottingham', 'Nottinghamshire', 'Oldham', 'Oxfordshire',
  'Peterborough', 'Plymouth', 'Portsmouth', 'Reading', 'Redbridge', 'Redcar and Cleveland', 'Richmond upon Thames',
  'Rochdale', 'Rotherham', 'Rutland', 'Salford', 'Sandwell', 'Sefton', 'Sheffield', 'Shropshire', 'Slough', 'Solihull',
  'Somerset', 'South Gloucestershire', 'South Tyneside', 'Southampton', 'Southend-on-Sea', 'Southwark', 'St Helens',
  'Staffordshire', 'Stockport', 'Stockton-on-Tees', 'Stoke-on-Trent', 'Suffolk', 'Sunderland', 'Surrey', 'Sutton',
  'Swindon', 'Tameside', 'Telford and Wrekin', 'Thurrock', 'Torbay', 'Tower Hamlets', 'Trafford', 'Wakefield', 'Walsall',
  'Waltham Forest', 'Wandsworth', 'Warrington', 'Warwickshire', 'West Berkshire', 'West Northamptonshire',
  'West Sussex', 'Westminster', 'Westmorland and Furness', 'Wigan', 'Wiltshire', 'Windsor and Maidenhead', 'Wirral',
  'Wokingham', 'Wolverhampton', 'Worcestershire', 'York',
];
