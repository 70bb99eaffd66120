import { api } from './client'

// The platform's registries: accounts (io.govshare.app.identity) and departments (io.govshare.app.department).

export const listUsers = () => api.get('/api/v1/users')

export const listDepartments = () => api.get('/api/v1/departments')
