// docker-compose.yml's MongoDB: one user per service, allowed to read and write only its own database, so a
// service (or whoever takes its password) cannot read another's data: intake's survivor records above all.
// The mongo image runs this once, as the root user, on the first start with an empty data volume.
const users = {
  'intake-service': 'intake',
  'referral-service': 'referral',
  'followup-service': 'followup',
  'audit-service': 'audit',
};
for (const [service, database] of Object.entries(users)) {
  const variable = 'GBV_MONGODB_' + service.replace('-service', '').toUpperCase() + '_PASSWORD';
  const password = process.env[variable];
  if (!password) {
    throw new Error(variable + ' is not set');
  }
  db.getSiblingDB(database).createUser({
    user: service,
    pwd: password,
    roles: [{ role: 'readWrite', db: database }],
  });
}
