"""samverkan_desktop.application"""
